// Root writes any file whatever its mode (CAP_DAC_OVERRIDE), so a test of a read-only file would pass
// for the wrong reason under CI's root. AsFileOwner drops that capability from the calling thread for
// its scope: the kernel then checks the file's mode bits as it does for a seller's own account.
// Threads started meanwhile inherit the reduced set. A no-op when the process is not root.
#pragma once

#include <linux/capability.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace bva::test {

class AsFileOwner final
{
public:
    AsFileOwner()
    {
        if (::syscall(SYS_capget, &m_header, m_saved) != 0)
            return;
        __user_cap_data_struct reduced[2] = {m_saved[0], m_saved[1]};
        reduced[0].effective &= ~(1U << CAP_DAC_OVERRIDE);
        m_dropped = ::syscall(SYS_capset, &m_header, reduced) == 0;
    }
    ~AsFileOwner()
    {
        if (m_dropped)
            ::syscall(SYS_capset, &m_header, m_saved);
    }
    AsFileOwner(const AsFileOwner &) = delete;
    AsFileOwner &operator=(const AsFileOwner &) = delete;

private:
    __user_cap_header_struct m_header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct m_saved[2] = {};
    bool m_dropped = false;
};

} // namespace bva::test
