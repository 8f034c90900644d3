from django.apps import AppConfig


class ThoughtsConfig(AppConfig):
    name = "innerbase.thoughts"
    label = "thoughts"
    verbose_name = "Thought records"

    def ready(self):
        from innerbase.core import navigation, registry
        from innerbase.thoughts import report, selectors, services
        from innerbase.thoughts.models import BeliefRating, CoreBelief, ThoughtRecord

        navigation.register("Thoughts", "thoughts:index", order=30)
        registry.data_register("thoughts", models=(CoreBelief, BeliefRating, ThoughtRecord))
        registry.import_register(
            "thought_record", app="thoughts", save_many=services.records_import
        )
        registry.csv_register(
            "thoughts",
            name="thought_records",
            columns=selectors.CSV_COLUMNS,
            rows=selectors.csv_rows,
        )
        registry.progress_register("thoughts", series=selectors.progress_series, order=30)
        registry.related_register(
            "journal.entry", app="thoughts", rows=selectors.records_from_entry
        )
        registry.report_register("records", app="thoughts", order=30, build=report.records_section)
        registry.report_register("beliefs", app="thoughts", order=40, build=report.beliefs_section)
