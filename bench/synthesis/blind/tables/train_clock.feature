Feature: Station announcements

  Scenario Outline: announcing the departure hour
    Given a train leaving at hour <hour> on the 24-hour clock
    When the departure is announced
    Then the announcer says "<spoken>"

    Examples:
      | hour | spoken |
      | 15   | 3 PM   |
      | 9    | 9 AM   |
      | 0    | 12 AM  |
      | 12   | 12 PM  |
      | 23   | 11 PM  |
      | 1    | 1 AM   |
