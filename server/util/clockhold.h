// Stopping bva::Clock, for tests whose expectations count seconds: a one-second sign-in lock must not
// expire because a loaded machine was slow between two requests. The product never holds the clock.
// Apart from clock.h so that the many readers of the clock do not see it.
#pragma once

namespace bva::Clock {

// Stops the clock at its current reading (true) until released (false), from where it runs on at the
// real rate; setNow() still moves it, and setNow() with an invalid instant releases it.
void hold(bool held);

} // namespace bva::Clock
