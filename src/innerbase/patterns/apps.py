from django.apps import AppConfig


class PatternsConfig(AppConfig):
    name = "innerbase.patterns"
    label = "patterns"
    verbose_name = "Relationship patterns"

    def ready(self):
        from innerbase.core import registry
        from innerbase.patterns import cards, selectors, services
        from innerbase.patterns.models import CaregiverReflection, Review

        # no navigation entry: the people page links here
        registry.card_register(
            "patterns/cards/carry_on.html", order=65, show=cards.show, context=cards.context
        )
        registry.data_register("patterns", models=(Review, CaregiverReflection))
        registry.related_register(
            "people.person",
            app="patterns",
            rows=selectors.reviews_of_person,
            delete=services.reviews_of_person_delete,
        )
