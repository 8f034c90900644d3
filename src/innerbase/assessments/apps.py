from django.apps import AppConfig


class AssessmentsConfig(AppConfig):
    name = "innerbase.assessments"
    label = "assessments"
    verbose_name = "Assessments"

    def ready(self):
        from innerbase import navigation
        from innerbase.assessments import checks  # noqa: F401  (registers the settings check)

        navigation.register("Questionnaires", "assessments:index", order=40)
