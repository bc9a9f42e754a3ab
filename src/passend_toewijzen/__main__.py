"""``python -m passend_toewijzen`` is gelijk aan ``passend-toewijzen``."""

from passend_toewijzen.cli import main

raise SystemExit(main())
