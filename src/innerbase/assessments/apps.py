from django.apps import AppConfig


class AssessmentsConfig(AppConfig):
    name = "innerbase.assessments"
    label = "assessments"
    verbose_name = "Assessments"

    def ready(self):
        from innerbase import navigation
        from innerbase.assessments import cards, checks  # noqa: F401  (checks registers itself)
        from innerbase.today import cards as today

        navigation.register("Questionnaires", "assessments:index", order=40)
        today.register(
            "assessments/cards/questionnaire.html", order=60, show=cards.show, context=cards.context
        )
