from django.apps import AppConfig


class CheckinsConfig(AppConfig):
    name = "innerbase.checkins"
    label = "checkins"
    verbose_name = "Weekly check-ins"

    def ready(self):
        from innerbase.checkins import selectors
        from innerbase.checkins.models import Rhythm, WeeklyCheckin
        from innerbase.checkins.views import cards
        from innerbase.core import registry

        # No navigation entry (the header is full): Today's cards and the practice hub link
        # to the check-in and the wins.
        registry.card_register(
            "checkins/cards/hard_day.html",
            order=15,
            show=cards.wins_shown,
            context=cards.wins,
            light=True,
        )
        registry.card_register(
            "checkins/cards/weekly.html",
            order=45,
            show=cards.weekly_shown,
            context=cards.weekly,
            light=True,
        )
        registry.data_register("checkins", models=(Rhythm, WeeklyCheckin))
        registry.csv_register(
            "checkins",
            name="weekly_checkins",
            columns=selectors.CSV_COLUMNS,
            rows=selectors.csv_rows,
        )
        registry.wins_register("checkins", wins=selectors.wins)
        registry.progress_register("checkins", series=selectors.progress_series, order=60)
