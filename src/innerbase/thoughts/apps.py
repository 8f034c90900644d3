from django.apps import AppConfig


class ThoughtsConfig(AppConfig):
    name = "innerbase.thoughts"
    label = "thoughts"
    verbose_name = "Thought records"

    def ready(self):
        from innerbase import navigation

        navigation.register("Thoughts", "thoughts:index", order=30)
