from django.apps import AppConfig


class TodayConfig(AppConfig):
    name = "innerbase.today"
    label = "today"
    verbose_name = "Today"

    def ready(self) -> None:
        from innerbase.core import navigation, registry
        from innerbase.today import cards

        navigation.register("Today", "today:home", order=0)
        registry.card_register(
            "today/cards/recovery_key.html", order=0, show=cards.needs_recovery_key, light=True
        )
        registry.card_register("today/cards/hard_day.html", order=100, light=True)
