from django.apps import AppConfig


class JournalConfig(AppConfig):
    name = "innerbase.journal"
    label = "journal"
    verbose_name = "Journal"

    def ready(self):
        from innerbase.core import navigation, registry
        from innerbase.journal import report, selectors, services
        from innerbase.journal.models import Draft, Entry, EntryVersion, Space, Tags
        from innerbase.journal.views import entries

        navigation.register("Journal", "journal:index", order=20)
        registry.card_register(
            "journal/cards/check_in.html", order=10, context=entries.check_in_card, light=True
        )
        registry.data_register("journal", models=(Space, Entry, EntryVersion, Draft, Tags))
        registry.csv_register(
            "journal", name="journal", columns=selectors.CSV_COLUMNS, rows=selectors.csv_rows
        )
        registry.report_register("entries", app="journal", order=90, build=report.entries_section)
        registry.import_register("entry", app="journal", save_many=services.entries_import)
        registry.progress_register("journal", series=selectors.progress_series, order=10)
