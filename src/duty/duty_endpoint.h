#pragma once

#include "dispatch/duty_service.h"
#include "dispatch/position_service.h"
#include "duty/duty_page.h"
#include "duty/duty_request.h"
#include "duty/session_store.h"

namespace xiuhua::duty {

// The duty page's routes, without HTTP: GET /duty (login), POST /duty/login, GET /duty/ (the
// assignment), POST /duty/action, /duty/followup, /duty/position and /duty/logout. Every POST
// but the login needs a live session, its CSRF token and this service's own Origin; the login needs
// the Origin. Every answer carries a Content-Security-Policy with a fresh nonce (the page's only
// style and script are inline and carry it), no caching and no framing.
class DutyEndpoint
{
public:
    // `positions` may be null: the page then reports no positions (503 on /duty/position).
    DutyEndpoint(dispatch::DispatchContext context, SessionStore& sessions,
                 dispatch::PositionService* positions,
                 dispatch::PasswordHasher hasher = dispatch::PasswordHasher());

    DutyResponse handle(const DutyRequest& request);

    // The paths handle() answers (for registering routes).
    static const std::vector<std::pair<QByteArray, QString>>& routes();

private:
    struct Call;
    DutyResponse route(Call& call);
    DutyResponse getLogin(Call& call);
    DutyResponse postLogin(Call& call);
    DutyResponse getDuty(Call& call);
    DutyResponse postAction(Call& call);
    DutyResponse postFollowUp(Call& call);
    DutyResponse postPosition(Call& call);
    DutyResponse postLogout(Call& call);
    // The session's officer did this: run it, answer 303 to the page with `done`, or the page with why not.
    DutyResponse perform(Call& call, const QString& done, const std::function<void()>& work);
    DutyResponse dutyPage(Call& call, int status, const QString& message, const QString& error);
    DutyResponse refuse(Call& call, int status, const QString& message);

    dispatch::DispatchContext m_context;
    SessionStore& m_sessions;
    dispatch::PositionService* m_positions;
    dispatch::DutyService m_duty;
    DutyPage m_page;
};

} // namespace xiuhua::duty
