Feature: Loading bay
  Vans may load here Monday to Saturday from 07:00 until 10:00 and from 16:00 until 19:00,
  and at any time on a Sunday.

  Scenario Outline: may a van load now
    Given it is "<day>" at "<time>"
    When a van wants to load
    Then loading is allowed: <allowed>

    Examples:
      | day       | time  | allowed |
      | Monday    | 08:30 | yes     |
      | Tuesday   | 12:00 | no      |
      | Wednesday | 17:45 | yes     |
      | Thursday  | 21:10 | no      |
      | Friday    | 06:30 | no      |
      | Sunday    | 14:00 | yes     |
