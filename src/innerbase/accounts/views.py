"""Sign-up, log-in, passphrase and recovery, deletion. Views parse, call a service, render."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, update_session_auth_hash
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from innerbase.accounts import forms, selectors, services
from innerbase.accounts.lockout import lockout_response, tries_warning
from innerbase.api import selectors as api
from innerbase.core.redirects import safe_next
from innerbase.safety import selectors as safety
from innerbase.vault.session import SESSION_SLOT, session_lock, session_unlock

_SECRETS = sensitive_post_parameters(
    "passphrase", "new_passphrase", "new_passphrase_again", "current_passphrase", "recovery_key"
)


def _start_session(request, user, data_key) -> None:
    first_time = user.last_login is None  # read before login() sets it
    login(request, user, backend="django.contrib.auth.backends.ModelBackend")
    session_unlock(request, user=user, data_key=data_key)
    request.session[selectors.FIRST_VISIT] = first_time


def _show_recovery_key(request, recovery_key: str, *, first_time: bool):
    # Rendered straight from the POST, never stored: the key exists only on this page.
    response = render(
        request,
        "accounts/recovery_key.html",
        {
            "recovery_key": recovery_key,
            "first_time": first_time,
            "form": forms.RecoveryKeySavedForm(),
        },
    )
    response["Cache-Control"] = "no-store"
    return response


def _no_match(request, form) -> None:
    """The answer to a wrong try: which part was wrong is never said, and a pause that is
    close is warned of first."""
    form.add_error(None, form.NO_MATCH)
    warning = tries_warning(request, form.cleaned_data["username"])
    if warning:
        form.add_error(None, warning)


def _posted(request):
    """The submitted data, so that even an empty POST is validated and answered."""
    return request.POST if request.method == "POST" else None


def _next_url(request) -> str:
    target = request.POST.get("next") or request.GET.get("next")
    return safe_next(request, target, fallback=reverse(settings.LOGIN_REDIRECT_URL))


@_SECRETS
@never_cache
@require_http_methods(["GET", "POST"])
def signup(request):
    if request.user.is_authenticated:
        return redirect(settings.LOGIN_REDIRECT_URL)
    form = forms.SignUpForm(_posted(request))
    if request.method == "POST" and form.is_valid():
        user, data_key, recovery_key = services.account_create(
            username=form.cleaned_data["username"],
            passphrase=form.cleaned_data["new_passphrase"],
        )
        _start_session(request, user, data_key)
        return _show_recovery_key(request, recovery_key, first_time=True)
    return render(request, "accounts/signup.html", {"form": form})


@require_POST
@login_required
def recovery_key_saved(request):
    form = forms.RecoveryKeySavedForm(request.POST)
    if not form.is_valid():
        messages.warning(
            request, "Your recovery key is not confirmed yet. You can make a new one here."
        )
        return redirect("accounts:recovery_key_new")
    request.user.recovery_key_confirmed = True
    request.user.save(update_fields=["recovery_key_confirmed"])
    messages.success(request, "Thank you. Your recovery key is saved.")
    return redirect(settings.LOGIN_REDIRECT_URL)


@_SECRETS
@never_cache
@require_http_methods(["GET", "POST"])
def login_view(request):
    form = forms.LoginForm(_posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            user, data_key = services.account_unlock(
                request=request,
                username=form.cleaned_data["username"],
                passphrase=form.cleaned_data["passphrase"],
            )
        except services.WrongCredentials:
            _no_match(request, form)
        except services.KeyMismatch:
            messages.warning(
                request,
                "Your passphrase was changed outside Innerbase, so it no longer opens your "
                "private data. Use your recovery key to set it again.",
            )
            return redirect("accounts:recover")
        else:
            _start_session(request, user, data_key)
            return redirect(_next_url(request))
    return render(request, "accounts/login.html", {"form": form, "next": _next_url(request)})


@require_POST
def logout_view(request):
    session_lock(request)
    messages.info(request, "You are logged out. Your writing is locked until you log in again.")
    return redirect("accounts:login")


@require_POST
def lock(request):
    """Lock after the browser saw no activity for the idle time (sent by idle-lock.js)."""
    if request.user.is_authenticated:
        session_lock(request)
        messages.info(request, "Innerbase locked itself to keep your writing private.")
    return redirect(f"{reverse('accounts:login')}?{urlencode({'next': _next_url(request)})}")


@require_POST
@login_required
def still_here(request):
    """Note activity (typing) that made no request, so a long entry is not locked away."""
    return HttpResponse(status=204)


@login_required
@require_GET
def account(request):
    tokens = api.tokens_of(user=request.user)
    return render(
        request,
        "accounts/account.html",
        {"tokens": tokens, "helpline_country": safety.helpline_country_name(request.user.country)},
    )


@_SECRETS
@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def passphrase_change(request):
    form = forms.PassphraseChangeForm(_posted(request), user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            services.passphrase_change(
                request=request,
                user=request.user,
                current=form.cleaned_data["current_passphrase"],
                new=form.cleaned_data["new_passphrase"],
                keep_slot_id=request.session.get(SESSION_SLOT),
            )
        except services.Throttled:
            return lockout_response(request)
        except (services.WrongCredentials, services.KeyMismatch):
            form.add_error("current_passphrase", "That isn't your current passphrase.")
        else:
            update_session_auth_hash(request, request.user)
            messages.success(request, "Your passphrase is changed. Other devices were signed out.")
            return redirect("accounts:account")
    return render(request, "accounts/passphrase_change.html", {"form": form})


@_SECRETS
@never_cache
@require_http_methods(["GET", "POST"])
def recover(request):
    form = forms.RecoverForm(_posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            user, data_key, new_key = services.account_recover(
                request=request,
                username=form.cleaned_data["username"],
                recovery_key=form.cleaned_data["recovery_key"],
                new=form.cleaned_data["new_passphrase"],
            )
        except services.Throttled:
            return lockout_response(request)
        except services.WrongCredentials:
            _no_match(request, form)
        else:
            if request.user.is_authenticated:
                session_lock(request)
            _start_session(request, user, data_key)
            messages.success(
                request, "Your new passphrase is set. Your old recovery key no longer works."
            )
            return _show_recovery_key(request, new_key, first_time=False)
    return render(request, "accounts/recover.html", {"form": form})


@_SECRETS
@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def recovery_key_new(request):
    form = forms.ConfirmPassphraseForm(_posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            new_key = services.recovery_key_reissue(
                request=request, user=request.user, passphrase=form.cleaned_data["passphrase"]
            )
        except services.Throttled:
            return lockout_response(request)
        except (services.WrongCredentials, services.KeyMismatch):
            form.add_error("passphrase", form.WRONG)
        else:
            return _show_recovery_key(request, new_key, first_time=False)
    return render(request, "accounts/recovery_key_new.html", {"form": form})


@_SECRETS
@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def delete_account(request):
    form = forms.DeleteAccountForm(_posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.account_delete(
                request=request, user=request.user, passphrase=form.cleaned_data["passphrase"]
            )
        except services.Throttled:
            return lockout_response(request)
        except services.WrongCredentials:
            form.add_error("passphrase", form.WRONG)
        else:
            session_lock(request)
            return render(request, "accounts/deleted.html")
    return render(request, "accounts/delete.html", {"form": form})


@require_GET
def privacy(request):
    return render(request, "accounts/privacy.html")
