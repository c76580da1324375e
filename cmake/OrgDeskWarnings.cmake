# SPDX-FileCopyrightText: 2026 The OrgDesk authors
# SPDX-License-Identifier: MIT

# orgdesk_set_warnings(<target>): the project's warning flags on one target.
function(orgdesk_set_warnings target)
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
        if(ORGDESK_WARNINGS_AS_ERRORS)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    elseif(MSVC)
        target_compile_options(${target} PRIVATE /W4 $<$<BOOL:${ORGDESK_WARNINGS_AS_ERRORS}>:/WX>)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_URL_CAST_FROM_STRING QT_NO_KEYWORDS
        QT_DISABLE_DEPRECATED_UP_TO=0x060400)
endfunction()
