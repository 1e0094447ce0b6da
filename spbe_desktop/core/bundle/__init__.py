"""`.spbe` packages: a signed BagIt bag in a ZIP, as a format library that knows no workspace.

- `writer.PackageWriter` writes any kind of package (submission, assignment, receipt, review);
- `verify.verify_package` checks any package, hostile input included, without extracting it.
"""

from __future__ import annotations

from .limits import DEFAULT_LIMITS, Limits
from .schema import FORMAT_VERSION, KINDS
from .verify import VerifyResult, verify_package
from .writer import PackageMeta, PackageWriter, WrittenPackage

__all__ = [
    "DEFAULT_LIMITS",
    "FORMAT_VERSION",
    "KINDS",
    "Limits",
    "PackageMeta",
    "PackageWriter",
    "VerifyResult",
    "WrittenPackage",
    "verify_package",
]
