"""Extend Django's clearsessions: an expired session's wrapped data key goes with it.

A session that times out is never logged out, so nothing else deletes its key slot; hosts run
this command on a schedule (README, "Hosting"), and `innerbase serve` runs it at start.
"""

from django.contrib.sessions.management.commands import clearsessions

from innerbase.vault.keyring import stale_session_slots_close


class Command(clearsessions.Command):
    help = "Delete expired sessions, then the key slots of every session that has ended or expired."

    def handle(self, **options):
        super().handle(**options)
        closed = stale_session_slots_close()
        if options["verbosity"] > 1:
            self.stdout.write(f"Forgot {closed} key slot(s) of ended sessions.")
