.class public Lfixture/phonenumber/Negative;
.super Ljava/lang/Object;
.source "Negative.java"

.method public static collect(Ljava/lang/Object;)V
    .registers 6
    invoke-virtual {p0}, Landroid/telephony/TelephonyManager;->getPhoneType()I
    return-void
.end method
