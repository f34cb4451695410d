Feature: Lock screen preview
  The lock screen shows a message in full when it is 24 characters or fewer. A longer
  message is cut to its first 21 characters, a space left at the end of the cut is
  dropped, and "..." is added.

  Scenario Outline: previewing a message
    Given a message that reads "<message>"
    When it is shown on the lock screen
    Then the preview reads "<preview>"

    Examples:
      | message                          | preview                  |
      | On my way                        | On my way                |
      | Table booked for eight tonight   | Table booked for eigh... |
      | Your parcel is out for delivery  | Your parcel is out fo... |
      | Lunch is on me today, no arguing | Lunch is on me today,... |
      | Bins go out on Tuesday           | Bins go out on Tuesday   |
      | Well done on the new job Sam     | Well done on the new...  |
