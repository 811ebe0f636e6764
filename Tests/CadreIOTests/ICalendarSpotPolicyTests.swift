import CadreModel
import Testing

@testable import CadreIO

/// `policy.announceSpotObservations` (issue 14, item 7): when false, a spot observation is left
/// out of the observed teacher's own file only; formal observations and debriefs always appear
/// there, and the leader's and the school's files keep every event.
@Suite struct ICalendarSpotPolicyTests {
  static func uids(_ files: [(path: String, content: String)], _ path: String) -> [String] {
    let text = files.first { $0.path == path }?.content ?? ""
    return ICalendarDocumentTests.vevents(text).compactMap { $0.first { $0.hasPrefix("UID:") } }
  }

  @Test(arguments: [true, false])
  func spotVisitsReachTheTeacherOnlyWhenAnnounced(_ announce: Bool) throws {
    var school = ICalendarFixture.school()
    school.policy.announceSpotObservations = announce
    let files = ICalendar.files(
      calendar: ICalendarFixture.calendar(), school: school, stamp: ICalendarFixture.stamp)
    let bob = Self.uids(files, "teachers/T-BOB.ics")
    // Given Bob's spot visit and its debrief: expect the debrief always, the visit only when
    // announced.
    #expect(bob.contains { $0.contains("debrief-T-BOB-spot-1") })
    #expect(bob.contains { $0.contains("obs-T-BOB-spot-1") } == announce)
    // Cy's formal observation is always in Cy's file.
    #expect(Self.uids(files, "teachers/T-CY.ics").contains { $0.contains("obs-T-CY-formal-1") })
    // The leader's and the school's files keep the spot visit whatever the policy.
    #expect(Self.uids(files, "leaders/L-LEE.ics").contains { $0.contains("obs-T-BOB-spot-1") })
    #expect(Self.uids(files, "school.ics").contains { $0.contains("obs-T-BOB-spot-1") })
  }

  @Test func thePolicyRoundTripsThroughTheSchoolFile() throws {
    var school = ICalendarFixture.school()
    school.policy.announceSpotObservations = false
    let text = SchoolJSON.encode(school)
    #expect(text.contains("\"announceSpotObservations\": false"))
    let (decoded, diagnostics) = SchoolJSON.decode(text)
    #expect(diagnostics.isEmpty)
    #expect(decoded?.policy.announceSpotObservations == false)
  }
}
