from django.apps import AppConfig


class AssessmentsConfig(AppConfig):
    name = "innerbase.assessments"
    label = "assessments"
    verbose_name = "Assessments"

    def ready(self):
        from innerbase.assessments import cards, checks, report, selectors, services  # noqa: F401  (checks registers itself)
        from innerbase.assessments.models import Take
        from innerbase.core import navigation, registry

        navigation.register("Questionnaires", "assessments:index", order=40)
        registry.card_register(
            "assessments/cards/questionnaire.html", order=60, show=cards.show, context=cards.context
        )
        registry.data_register("assessments", models=(Take,))
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
