// Which sanitizer this test is built with, for gcc (__SANITIZE_ADDRESS__) and clang (__has_feature)
// alike: the sanitizer build (build-asan/) uses clang, which defines no __SANITIZE_ADDRESS__.
#pragma once

#if defined(__SANITIZE_ADDRESS__)
#define CNNLAB_TEST_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CNNLAB_TEST_ASAN 1
#endif
#endif

#if defined(__SANITIZE_THREAD__)
#define CNNLAB_TEST_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define CNNLAB_TEST_TSAN 1
#endif
#endif
