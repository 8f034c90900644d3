from django.apps import AppConfig


class AssessmentsConfig(AppConfig):
    name = "innerbase.assessments"
    label = "assessments"
    verbose_name = "Assessments"

    def ready(self):
        from innerbase.assessments import cards, checks, report, selectors, services  # noqa: F401  (checks registers itself)
        from innerbase.assessments.models import Take
        from innerbase.core import registry

        # No navigation entry: the progress page links to the questionnaires.
        registry.card_register(
            "assessments/cards/questionnaire.html",
            order=60,
            show=cards.show,
            context=cards.context,
            light=True,
        )
        registry.data_register("assessments", models=(Take,))
        registry.csv_register(
            "assessments",
            name="questionnaire_scores",
            columns=selectors.CSV_COLUMNS,
            rows=selectors.csv_rows,
        )
        registry.progress_register("assessments", series=selectors.progress_series, order=50)
        registry.related_register(
            "people.person",
            app="assessments",
            rows=selectors.takes_about_person,
            delete=services.takes_about_person_delete,
        )
        registry.report_register(
            "assessments", app="assessments", order=70, build=report.assessments_section
        )
        registry.wins_register("assessments", wins=selectors.wins)
