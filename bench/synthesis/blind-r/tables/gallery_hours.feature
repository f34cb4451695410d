Feature: Gallery opening hours
  The gallery is closed on Mondays, stays open until 21:00 on Fridays and closes at
  17:30 on every other day.

  Scenario Outline: the sign on the door
    Given a visit on "<date>"
    When the gallery's hours are looked up
    Then the door sign says "<sign>"

    Examples:
      | date       | sign             |
      | 2026-03-02 | closed today     |
      | 2026-03-06 | open until 21:00 |
      | 2026-03-07 | open until 17:30 |
      | 2026-03-08 | open until 17:30 |
      | 2026-03-10 | open until 17:30 |
      | 2026-03-18 | open until 17:30 |
      | 2026-03-26 | open until 17:30 |
      | 2026-04-03 | open until 21:00 |
      | 2026-12-28 | closed today     |
