Feature: Loading bay
  Vans may load here Monday to Saturday from 07:00 until 10:00 and from 16:00 until 19:00,
  and at any time on a Sunday.

  Scenario Outline: may a van load now
    Given it is "<day>" at "<time>"
    When a van wants to load
    Then loading is allowed: <allowed>

    Examples:
      | day       | time  | allowed |
      | Monday    | 06:59 | no      |
      | Monday    | 07:00 | yes     |
      | Tuesday   | 09:59 | yes     |
      | Wednesday | 10:00 | no      |
      | Thursday  | 13:30 | no      |
      | Friday    | 16:00 | yes     |
      | Saturday  | 18:59 | yes     |
      | Saturday  | 19:00 | no      |
      | Sunday    | 03:15 | yes     |
