from django.apps import AppConfig


class BoundariesConfig(AppConfig):
    name = "innerbase.boundaries"
    label = "boundaries"
    verbose_name = "Boundaries"

    def ready(self):
        from innerbase.boundaries import report, selectors, services
        from innerbase.boundaries.models import Boundary, BoundaryLog
        from innerbase.boundaries.views import pages
        from innerbase.core import registry

        # No navigation entry: the people page links to boundaries:index.
        registry.card_register(
            "boundaries/cards/today.html",
            order=30,
            show=pages.today_card_shown,
            context=pages.today_card,
        )
        registry.data_register("boundaries", models=(Boundary, BoundaryLog))
        registry.related_register(
            "people.person",
            app="boundaries",
            rows=selectors.linked_to_person,
            delete=services.linked_to_person_delete,
        )
        registry.report_register(
            "boundaries", app="boundaries", order=60, build=report.boundaries_section
        )
