"""Offline review packages: one zip file a reviewer opens in their own Somevahti.

Qt-free. `write_package` makes the file, `read_package` validates all of it before
anything is written anywhere, and `plan_import` / `apply_import` bring a returned package
back into the original draft without duplicating it or silently overwriting edits.
"""
from composer.review_package.errors import PackageError
from composer.review_package.fingerprint import draft_fingerprint
from composer.review_package.limits import DEFAULT_LIMITS, PackageLimits
from composer.review_package.merge import (CONFLICT, KEEP_MINE, NEW, OURS, SAME, TAKE_THEIRS, THEIRS, ImportPlan,
                                           ImportResult, TextDifference, apply_import, plan_import)
from composer.review_package.read import Package, read_package
from composer.review_package.write import package_file_name, write_package

__all__ = [
    "CONFLICT", "DEFAULT_LIMITS", "KEEP_MINE", "NEW", "OURS", "SAME", "TAKE_THEIRS", "THEIRS", "ImportPlan",
    "ImportResult", "Package", "PackageError", "PackageLimits", "apply_import", "draft_fingerprint",
    "package_file_name", "plan_import", "read_package", "TextDifference", "write_package",
]
