from django.apps import AppConfig


class PracticeConfig(AppConfig):
    name = "innerbase.practice"
    label = "practice"
    verbose_name = "Practice"

    def ready(self):
        from innerbase.core import navigation, registry
        from innerbase.practice import selectors
        from innerbase.practice.models import (
            Affirmation,
            Intention,
            NoContact,
            Plan,
            PracticeDay,
            Setback,
        )
        from innerbase.practice.views import plan

        navigation.register("Practice", "practice:index", order=25)
        registry.card_register("practice/cards/today.html", order=20, context=plan.today_card)
        registry.data_register(
            "practice",
            models=(Plan, PracticeDay, Intention, Affirmation, Setback, NoContact),
        )
        registry.csv_register(
            "practice", name="intentions", columns=selectors.CSV_COLUMNS, rows=selectors.csv_rows
        )
        registry.wins_register("practice", wins=selectors.wins)
