from django.apps import AppConfig


class ProgressConfig(AppConfig):
    name = "innerbase.progress"
    label = "progress"
    verbose_name = "Progress"

    def ready(self):
        from innerbase.core import navigation, registry
        from innerbase.progress import report
        from innerbase.progress.views import cards

        # No rows of its own: every number comes from the apps' providers (core/registry.py).
        navigation.register("Progress", "progress:dashboard", order=40)
        registry.card_register(
            "progress/cards/steadier.html",
            order=5,
            show=cards.steadier_shown,
            context=cards.steadier,
            light=True,
        )
        registry.report_register("mood", app="progress", order=10, build=report.mood_section)
