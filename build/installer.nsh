; Included by electron-builder's NSIS installer (nsis.include in electron-builder.yml). Saved as UTF-8
; with a byte-order mark so the Unicode NSIS reads the Vietnamese text as written.
; preInit runs first in .onInit, before anything is copied or written to the registry.
!include WinVer.nsh
!include x64.nsh

!macro preInit
  ; Electron 45 runs only on 64-bit Windows 10 or later: on Windows 7/8/8.1 or 32-bit Windows the app
  ; would install and then never open. Say so, and what the office can do instead (as README.md says;
  ; the portable .exe says the same at start: electron/main/system-check.ts).
  ${IfNot} ${AtLeastWin10}
  ${OrIfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "Sổ Một Cửa cần Windows 10 hoặc Windows 11 bản 64-bit; máy này đang chạy phiên bản Windows cũ hơn hoặc bản 32-bit nên không cài được.$\r$\n$\r$\nCách làm tiếp: dùng Sổ Một Cửa trên một máy Windows 10/11 64-bit khác, hoặc cài Linux 64-bit lên máy này (bản AppImage hoặc .deb). Sổ dữ liệu chuyển sang máy mới theo mục $\"Chuyển sang máy mới$\" trong hướng dẫn." /SD IDOK
    SetErrorLevel 1
    Quit
  ${EndIf}
!macroend
