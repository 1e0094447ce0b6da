; Inno Setup script: a per-user Windows installer around the one-folder build.
; Build the folder first (make dist, on Windows: pyinstaller --noconfirm build_installer.spec),
; then:  iscc packaging\spbe-desktop.iss   → dist\SPBE-Desktop-Setup-<version>.exe
; No administrator rights are needed: it installs under the user's own program folder.

#define AppName "SPBE Desktop"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{5B1E7A52-2F0C-4B8E-9A51-53504245DE5C}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=SPBE Desktop
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
OutputDir=..\dist
OutputBaseFilename=SPBE-Desktop-Setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
UninstallDisplayIcon={app}\spbe-desktop.exe

[Languages]
Name: "id"; MessagesFile: "compiler:Languages\Indonesian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\dist\spbe-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\spbe-desktop.exe"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\spbe-desktop.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Registry]
; Double-clicking a workspace file opens it (per user, no administrator rights).
Root: HKCU; Subkey: "Software\Classes\.spbews"; ValueType: string; ValueData: "SPBEDesktop.Workspace"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\SPBEDesktop.Workspace"; ValueType: string; ValueData: "Ruang kerja SPBE Desktop"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\SPBEDesktop.Workspace\shell\open\command"; ValueType: string; ValueData: """{app}\spbe-desktop.exe"" ""%1"""

[Run]
Filename: "{app}\spbe-desktop.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
