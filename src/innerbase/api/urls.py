from django.urls import path

from innerbase.api import views

app_name = "tokens"  # "api" is the JSON API's own namespace

urlpatterns = [
    path("<uuid:token_id>/revoke/", views.token_revoke, name="revoke"),
]
