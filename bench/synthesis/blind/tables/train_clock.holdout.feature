Feature: Station announcements

  Scenario Outline: announcing the departure hour
    Given a train leaving at hour <hour> on the 24-hour clock
    When the departure is announced
    Then the announcer says "<spoken>"

    Examples:
      | hour | spoken |
      | 13   | 1 PM   |
      | 11   | 11 AM  |
      | 18   | 6 PM   |
      | 6    | 6 AM   |
