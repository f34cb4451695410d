Feature: Lock screen preview
  The lock screen shows a message in full when it is 24 characters or fewer. A longer
  message is cut to its first 21 characters, a space left at the end of the cut is
  dropped, and "..." is added.

  Scenario Outline: previewing a message
    Given a message that reads "<message>"
    When it is shown on the lock screen
    Then the preview reads "<preview>"

    Examples:
      | message                            | preview                  |
      | Ok                                 | Ok                       |
      | See you at 6                       | See you at 6             |
      | Your code is 448812                | Your code is 448812      |
      | Running ten minutes late           | Running ten minutes late |
      | Running eleven mins late!          | Running eleven mins l... |
      | Parcel left with the neighbour     | Parcel left with the...  |
      | Happy birthday from all of us      | Happy birthday from a... |
      | Reminder: dentist at 9:40 tomorrow | Reminder: dentist at...  |
      | Call me back when you can please   | Call me back when you... |
