from django.apps import AppConfig


class JournalConfig(AppConfig):
    name = "innerbase.journal"
    label = "journal"
    verbose_name = "Journal"

    def ready(self):
        from innerbase.core import navigation, registry
        from innerbase.journal import views
        from innerbase.journal.models import Draft, Entry, EntryVersion, Space, Tags

        navigation.register("Journal", "journal:index", order=20)
        registry.card_register("journal/cards/check_in.html", order=10, context=views.check_in_card)
        registry.data_register("journal", models=(Space, Entry, EntryVersion, Draft, Tags))
