// QTRY_VERIFY, QTRY_VERIFY2 and QTRY_COMPARE wait up to 60 s instead of Qt's 5 s. They wait for
// something to happen (a training step, a snapshot, a message), and a busy machine or
// ThreadSanitizer can make that take seconds: a first LeNet-5 step on 60,000 images took 5.7 s
// under TSan. A longer wait only delays a real failure; it never hides one.
// Include after <QtTest>.
#pragma once

#include <QtTest>

#undef QTRY_VERIFY
#undef QTRY_VERIFY2
#undef QTRY_COMPARE
#define QTRY_VERIFY(expr) QTRY_VERIFY_WITH_TIMEOUT((expr), 60000)
#define QTRY_VERIFY2(expr, messageExpression) QTRY_VERIFY2_WITH_TIMEOUT((expr), (messageExpression), 60000)
#define QTRY_COMPARE(expr, expected) QTRY_COMPARE_WITH_TIMEOUT((expr), expected, 60000)
