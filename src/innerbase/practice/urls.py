from django.urls import path

from innerbase.practice.views import affirmations, intentions, no_contact, plan, setbacks

app_name = "practice"
urlpatterns = [
    path("", plan.hub, name="index"),
    path("plan/", plan.plan, name="plan"),
    path("today/", plan.today, name="today"),
    path("intentions/", intentions.intentions, name="intentions"),
    path("intentions/<uuid:intention_id>/done/", intentions.intention_done, name="intention_done"),
    path(
        "intentions/<uuid:intention_id>/delete/",
        intentions.intention_delete,
        name="intention_delete",
    ),
    path("affirmations/", affirmations.affirmations, name="affirmations"),
    path("affirmations/pin/", affirmations.pin, name="pin"),
    path(
        "affirmations/<uuid:affirmation_id>/delete/",
        affirmations.affirmation_delete,
        name="affirmation_delete",
    ),
    path("setbacks/", setbacks.setbacks, name="setbacks"),
    path("setbacks/new/", setbacks.setback_new, name="setback_new"),
    path("setbacks/<uuid:setback_id>/", setbacks.setback, name="setback"),
    path("setbacks/<uuid:setback_id>/delete/", setbacks.setback_delete, name="setback_delete"),
    path("no-contact/", no_contact.no_contact, name="no_contact"),
    path("no-contact/happened/", no_contact.contact_happened, name="contact_happened"),
]
