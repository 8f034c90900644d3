"""The operator's view of accounts: names and dates only, never a way to set a passphrase."""

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin

from innerbase.accounts import services
from innerbase.accounts.models import User


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    # Setting a passphrase here would strand the person's data; they use recovery instead.
    fieldsets = (
        (None, {"fields": ("username",)}),
        ("Access", {"fields": ("is_active", "is_staff", "is_superuser")}),
        ("Dates", {"fields": ("last_login", "date_joined")}),
    )
    readonly_fields = ("last_login", "date_joined")
    list_display = ("username", "is_active", "is_staff", "date_joined", "last_login")
    list_filter = ("is_active", "is_staff")
    search_fields = ("username",)
    filter_horizontal = ()

    def get_urls(self):
        return [url for url in super().get_urls() if "password" not in str(url.pattern)]

    def has_add_permission(self, request):
        # Accounts are made by sign-up or `innerbase createuser`, which create the vault.
        return False

    # Deleting here erases exactly as the person's own deletion does: their sessions and
    # throttle records go too (neither points at the user row), and SQLite is scrubbed.
    def delete_model(self, request, obj):
        services.account_erase(user=obj)

    def delete_queryset(self, request, queryset):
        for user in queryset:
            services.account_erase(user=user)
