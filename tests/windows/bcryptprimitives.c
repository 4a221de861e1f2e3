/* Only for running the Windows binary under Wine in CI (tests/windows/run.sh).
 *
 * Rust's standard library (1.78 and later) takes its random bytes from ProcessPrng in
 * bcryptprimitives.dll, which every Windows since 10 ships, but Wine 8 (Debian 12's
 * wine64) does not. This shim, put beside disclose.exe under Wine only, forwards the call
 * to advapi32's RtlGenRandom. It is never shipped: release builds run on real Windows. */
#include <windows.h>
#include <ntsecapi.h>

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!RtlGenRandom(data, chunk)) {
            return FALSE;
        }
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
