from django.urls import path

from innerbase.accounts import views

app_name = "accounts"

urlpatterns = [
    path("signup/", views.signup, name="signup"),
    path("login/", views.login_view, name="login"),
    path("logout/", views.logout_view, name="logout"),
    path("lock/", views.lock, name="lock"),
    path("still-here/", views.still_here, name="still_here"),
    path("", views.account, name="account"),
    path("passphrase/", views.passphrase_change, name="passphrase_change"),
    path("recover/", views.recover, name="recover"),
    path("recovery-key/", views.recovery_key_new, name="recovery_key_new"),
    path("recovery-key/saved/", views.recovery_key_saved, name="recovery_key_saved"),
    path("delete/", views.delete_account, name="delete"),
    path("privacy/", views.privacy, name="privacy"),
]
