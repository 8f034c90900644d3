from django.apps import AppConfig


class JournalConfig(AppConfig):
    name = "innerbase.journal"
    label = "journal"
    verbose_name = "Journal"

    def ready(self):
        from innerbase import navigation
        from innerbase.journal import views
        from innerbase.today import cards

        navigation.register("Journal", "journal:index", order=20)
        cards.register("journal/cards/check_in.html", order=10, context=views.check_in_card)
