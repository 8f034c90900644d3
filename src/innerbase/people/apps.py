from django.apps import AppConfig


class PeopleConfig(AppConfig):
    name = "innerbase.people"
    label = "people"
    verbose_name = "People"

    def ready(self):
        from innerbase.core import navigation, registry
        from innerbase.people.models import Observation, Person

        navigation.register("People", "people:index", order=27)
        registry.data_register("people", models=(Person, Observation))
