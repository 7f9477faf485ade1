"""The three places that name dependencies agree: pyproject.toml (ranges), requirements.lock
(exact versions the venv installs) and environment.yml (conda: python 3.11 + pip -e .[test])."""
from __future__ import annotations

import tomllib

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from helpers.paths import ROOT


def _lock() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "requirements.lock").read_text().splitlines():
        line = line.split("#")[0].strip()
        if line:
            name, _, version = line.partition("==")
            assert version, f"requirements.lock: {line!r} is not pinned with =="
            pins[canonicalize_name(name)] = version
    return pins


def _declared() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    reqs = project["dependencies"] + [r for extra in project["optional-dependencies"].values() for r in extra]
    return [Requirement(r) for r in reqs]


def test_every_declared_dependency_is_locked_within_its_range():
    pins = _lock()
    for req in _declared():
        name = canonicalize_name(req.name)
        assert name in pins, f"{req.name} is in pyproject.toml but not in requirements.lock"
        assert req.specifier.contains(pins[name], prereleases=True), f"{req.name}=={pins[name]} outside {req.specifier}"


def test_environment_yml_installs_the_project_with_its_test_extra_on_python_311():
    import yaml

    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    deps = env["dependencies"]
    pip_section = [d for d in deps if isinstance(d, dict)]
    # nothing else is declared there: pyproject.toml is the one list
    assert sorted(d for d in deps if isinstance(d, str)) == ["pip", "python=3.11"]
    assert pip_section == [{"pip": ["-e .[test]"]}]
