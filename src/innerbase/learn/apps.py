from django.apps import AppConfig


class LearnConfig(AppConfig):
    name = "innerbase.learn"
    label = "learn"
    verbose_name = "Learn"

    def ready(self):
        from innerbase.core import navigation, registry
        from innerbase.learn import checks, selectors  # noqa: F401  (checks registers itself)
        from innerbase.learn.models import LessonReading, ReadingPath
        from innerbase.learn.views import pages

        navigation.register("Learn", "learn:index", order=35)
        registry.card_register(
            "learn/cards/today.html",
            order=40,
            show=pages.today_card_shown,
            context=pages.today_card,
        )
        registry.data_register("learn", models=(ReadingPath, LessonReading))
        registry.prompt_register("learn", prompts=selectors.reflection_prompts)
