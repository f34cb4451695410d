Feature: Gallery opening hours
  The gallery is closed on Mondays, stays open until 21:00 on Fridays and closes at
  17:30 on every other day.

  Scenario Outline: the sign on the door
    Given a visit on "<date>"
    When the gallery's hours are looked up
    Then the door sign says "<sign>"

    Examples:
      | date       | sign             |
      | 2026-05-11 | closed today     |
      | 2026-05-15 | open until 21:00 |
      | 2026-07-04 | open until 17:30 |
      | 2026-08-20 | open until 17:30 |
      | 2027-01-01 | open until 21:00 |
      | 2026-10-13 | open until 17:30 |
