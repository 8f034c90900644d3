from django.apps import AppConfig


class ReportsConfig(AppConfig):
    """The therapist report: composed, previewed and downloaded, never stored, so it holds no
    personal data of its own (its sections come from each app through the registry)."""

    name = "innerbase.reports"
    label = "reports"
    verbose_name = "Therapist report"
