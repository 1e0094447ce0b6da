from spbe_desktop.core import paths


def fresh(monkeypatch, **env):
    for key in ("SPBE_DATA_DIR",):
        monkeypatch.delenv(key, raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    paths.user_data_dir.cache_clear()
    paths.user_log_dir.cache_clear()


def test_portable_marker_keeps_everything_beside_the_program(tmp_path, monkeypatch):
    fresh(monkeypatch)
    monkeypatch.setattr(paths, "executable_dir", lambda: tmp_path)
    (tmp_path / "portable").write_text("")
    assert paths.is_portable()
    assert paths.user_data_dir() == tmp_path / "data"
    assert paths.user_log_dir() == tmp_path / "data" / "logs"
    assert paths.backup_dir() == tmp_path / "data" / "backups"


def test_without_marker_the_platform_user_folders_are_used(tmp_path, monkeypatch):
    fresh(
        monkeypatch, XDG_DATA_HOME=str(tmp_path / "xdg-data"), XDG_STATE_HOME=str(tmp_path / "st")
    )
    monkeypatch.setattr(paths, "executable_dir", lambda: tmp_path / "install")
    (tmp_path / "install").mkdir()
    assert not paths.is_portable()
    assert paths.user_data_dir().is_relative_to(tmp_path / "xdg-data")
    assert not paths.user_log_dir().is_relative_to(tmp_path / "install")
    assert list((tmp_path / "install").iterdir()) == []  # nothing written into the install folder


def test_resources_are_found():
    assert (paths.resource_dir() / "instruments" / "spbe-2020.yaml").is_file()
