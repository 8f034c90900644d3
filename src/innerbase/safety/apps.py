from django.apps import AppConfig


class SafetyConfig(AppConfig):
    name = "innerbase.safety"
    label = "safety"
    verbose_name = "Safety"

    def ready(self):
        from innerbase.core import navigation, registry
        from innerbase.safety import (
            checks,  # noqa: F401  (registers the helpline check)
            report,
            selectors,
        )
        from innerbase.safety.models import (
            CalmCheckout,
            CheckInAsked,
            CheckInDue,
            Pause,
            SafetyPlan,
        )

        navigation.register("Help", "safety:help", order=90, requires_login=False)
        # CheckInAsked only remembers that a question was asked about some saved row, and
        # CheckInDue that one waits: neither is something the person wrote.
        registry.data_register(
            "safety",
            models=(SafetyPlan, CalmCheckout, Pause),
            derived=(CheckInAsked, CheckInDue),
        )
        registry.report_register("pauses", app="safety", order=20, build=report.pauses_section)
        registry.wins_register("safety", wins=selectors.wins)
        registry.progress_register("safety", series=selectors.progress_series, order=20)
