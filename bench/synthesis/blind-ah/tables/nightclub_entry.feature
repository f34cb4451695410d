Feature: Nightclub entry
  The club is open from 20:00 to 03:00. Entry is free before 22:00, 6.00 from 22:00 and 10.00
  from 23:30, and times after midnight count as late entry at 10.00. Anyone on the guest list
  pays half.

  Scenario Outline: the price at the door
    Given a guest arrives at "<time>"
    And is on the guest list: <guest_list>
    When the door price is charged
    Then the guest pays <price>

    Examples:
      | time  | guest_list | price |
      | 21:59 | no         | 0.00  |
      | 22:00 | no         | 6.00  |
      | 23:29 | no         | 6.00  |
      | 23:30 | no         | 10.00 |
      | 00:15 | no         | 10.00 |
      | 22:45 | yes        | 3.00  |
      | 01:40 | yes        | 5.00  |
      | 20:30 | yes        | 0.00  |
      | 23:55 | yes        | 5.00  |
