from django.apps import AppConfig


class ConversationsConfig(AppConfig):
    name = "innerbase.conversations"
    label = "conversations"
    verbose_name = "Say it securely"

    def ready(self):
        from innerbase.conversations import report, selectors, services
        from innerbase.conversations.models import Statement, Talk
        from innerbase.conversations.views import talks
        from innerbase.core import registry

        # No navigation entry: the people page links here (conversations:index).
        registry.card_register(
            "conversations/cards/today.html",
            order=50,
            show=talks.today_card_shown,
            context=talks.today_card,
        )
        registry.data_register("conversations", models=(Statement, Talk))
        registry.related_register(
            "people.person",
            app="conversations",
            rows=selectors.linked_to_person,
            delete=services.linked_to_person_delete,
        )
        registry.report_register("talks", app="conversations", order=65, build=report.talks_section)
