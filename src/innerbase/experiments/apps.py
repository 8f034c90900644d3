from django.apps import AppConfig


class ExperimentsConfig(AppConfig):
    name = "innerbase.experiments"
    label = "experiments"
    verbose_name = "Trust experiments"

    def ready(self):
        from innerbase.core import registry
        from innerbase.experiments import report, selectors
        from innerbase.experiments.models import Ladder, Step, Try

        # No navigation entry: the practice hub links here (experiments:index).
        registry.data_register("experiments", models=(Ladder, Step, Try))
        registry.csv_register(
            "experiments",
            name="ladder_tries",
            columns=selectors.CSV_COLUMNS,
            rows=selectors.csv_rows,
        )
        registry.report_register(
            "ladders", app="experiments", order=50, build=report.ladders_section
        )
        registry.wins_register("experiments", wins=selectors.wins)
        registry.progress_register("experiments", series=selectors.progress_series, order=40)
