"""Plain records returned by the sample store (no I/O here)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum


class OrderStatus(str, Enum):
    """Where an order is in its life."""

    PROCESSING = "processing"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    DELAYED = "delayed"
    CANCELLED = "cancelled"


class RefundStatus(str, Enum):
    """Where a refund is: pending (item not checked yet), approved, issued (paid)."""

    PENDING = "pending"
    APPROVED = "approved"
    ISSUED = "issued"


@dataclass(frozen=True)
class OrderLine:
    """One line of an order.

    Attributes:
        line_no: Position on the order, from 1.
        sku: Product code.
        product: Product name.
        size: Size as sold ("9", "M", "one size").
        colour: Colour as sold.
        quantity: Units bought.
        price: Unit price in pence.
    """

    line_no: int
    sku: str
    product: str
    size: str
    colour: str
    quantity: int
    price: int

    def describe(self) -> str:
        """Returns e.g. "Trailblazer Runner (size 8, black)"."""
        size = self.size if self.size == "one size" else f"size {self.size}"
        return f"{self.product} ({size}, {self.colour})"


@dataclass(frozen=True)
class Order:
    """An order with its lines.

    Attributes:
        number: The 6-digit order number.
        first_name: The customer's first name.
        status: Current status.
        placed_on: Day the order was placed.
        address: Delivery address.
        carrier: Carrier name once shipped.
        tracking_number: Carrier tracking number once shipped.
        shipped_on: Day it left the warehouse.
        expected_on: Expected delivery day (the new day when delayed).
        delivered_on: Day it was delivered.
        delay_reason: Why it is late, when delayed.
        cancelled_on: Day it was cancelled.
        cancel_reason: Why it was cancelled.
        lines: The order lines.
    """

    number: str
    first_name: str
    status: OrderStatus
    placed_on: date
    address: str
    carrier: str | None = None
    tracking_number: str | None = None
    shipped_on: date | None = None
    expected_on: date | None = None
    delivered_on: date | None = None
    delay_reason: str | None = None
    cancelled_on: date | None = None
    cancel_reason: str | None = None
    lines: tuple[OrderLine, ...] = field(default_factory=tuple)

    @property
    def has_shipped(self) -> bool:
        """Whether the parcel has left the warehouse (so it can't be changed)."""
        return self.shipped_on is not None or self.status in (
            OrderStatus.SHIPPED,
            OrderStatus.DELIVERED,
        )

    @property
    def total(self) -> int:
        """Order total in pence."""
        return sum(line.price * line.quantity for line in self.lines)


@dataclass(frozen=True)
class ReturnRecord:
    """A recorded return of one order line.

    Attributes:
        reference: Return reference given to the customer, e.g. "RT-103801-1".
        order_number: The order it belongs to.
        line_no: The returned order line.
        product: Name of the returned product.
        reason: The customer's reason.
        created_on: Day the return was recorded.
    """

    reference: str
    order_number: str
    line_no: int
    product: str
    reason: str
    created_on: date


@dataclass(frozen=True)
class Refund:
    """A refund for a return or a cancelled order.

    Attributes:
        order_number: The order refunded.
        return_reference: The return it pays for; None for a cancelled order.
        status: Pending, approved or issued.
        amount: Amount in pence.
        approved_on: Day it was approved.
        issued_on: Day the money was sent.
    """

    order_number: str
    return_reference: str | None
    status: RefundStatus
    amount: int
    approved_on: date | None = None
    issued_on: date | None = None


@dataclass(frozen=True)
class Variant:
    """One size and colour of a product, with its stock count."""

    size: str
    colour: str
    stock: int


@dataclass(frozen=True)
class Product:
    """A catalogue product.

    Attributes:
        sku: Product code.
        name: Display name.
        category: Kind of product ("boots", "hoodies").
        price: Price in pence.
        aliases: Other names customers use for it.
        variants: Sizes and colours with stock, in catalogue order.
    """

    sku: str
    name: str
    category: str
    price: int
    aliases: tuple[str, ...]
    variants: tuple[Variant, ...]

    @property
    def sizes(self) -> list[str]:
        """Sizes in catalogue order, without repeats."""
        return list(dict.fromkeys(v.size for v in self.variants))

    @property
    def colours(self) -> list[str]:
        """Colours in catalogue order, without repeats."""
        return list(dict.fromkeys(v.colour for v in self.variants))
